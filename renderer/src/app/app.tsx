import { useCallback, useState } from 'react';
import { HomeScreen } from '../home/home-screen';
import { MapScreen } from '../map/map-screen';
import { AppHeader } from './app-header';
import { NoticesBanner } from './notices-banner';
import { useLanguage } from './use-language';
import { useNotices } from './use-notices';
import { useRoute } from './use-route';

/**
 * The app root: header, notices, and the current screen. `data-app-state` turns from "loading" to
 * "ready" once the preferences and the first screen's data have arrived (tests wait for it).
 */
export function App() {
  const language = useLanguage();
  const notices = useNotices();
  const [route, navigate] = useRoute();
  const [screenLoaded, setScreenLoaded] = useState(false);
  const markLoaded = useCallback(() => setScreenLoaded(true), []);
  const goHome = useCallback(() => navigate({ screen: 'home' }), [navigate]);
  const openMap = useCallback((id: string) => navigate({ screen: 'map', id }), [navigate]);
  const ready = language.loaded && screenLoaded;

  return (
    <div className="app" data-app-state={ready ? 'ready' : 'loading'}>
      <AppHeader language={language.language} onLanguage={(lang) => void language.setLanguage(lang)} />
      <NoticesBanner notices={notices.notices} onDismiss={(id) => void notices.dismiss(id)} />
      <main className="app-main">
        {route.screen === 'map' ? (
          <MapScreen key={route.id} id={route.id} onBack={goHome} onLoaded={markLoaded} />
        ) : (
          <HomeScreen onOpen={openMap} onLoaded={markLoaded} />
        )}
      </main>
    </div>
  );
}
