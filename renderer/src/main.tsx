import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { ToastProvider } from './feedback/toast-provider';
import { setupI18n } from './i18n/setup';
import './styles/base.css';
import './styles/layout.css';
import './styles/map.css';
import './styles/mapping.css';
import './styles/clipboard.css';

const i18n = setupI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
