import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/result';

/**
 * The user-facing text for an error. Main writes precise Dutch messages, so Dutch users see those;
 * in other languages the stable error code is translated.
 */
export function errorText(error: AppError, t: TFunction, language: string): string {
  if (language.startsWith('nl')) return error.message;
  return t(`error.code.${error.code}`, { defaultValue: error.message });
}
