/** Display names of backends and backend choices, through i18n. */
import { t } from '../i18n';
import type { BackendChoice, BackendName } from '../runtime/protocol';

export function backendName(backend: BackendName): string {
  switch (backend) {
    case 'webgpu':
      return t('runtime.backend.webgpu');
    case 'webgl':
      return t('runtime.backend.webgl');
    case 'cpu':
      return t('runtime.backend.cpu');
  }
}

export function choiceName(choice: BackendChoice): string {
  return choice === 'auto' ? t('runtime.backend.auto') : backendName(choice);
}
