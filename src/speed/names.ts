/** Display names of the speed lab's models, through i18n. */
import { t } from '../i18n';
import { speedModel, type SpeedModelId } from './models';

export function modelName(id: SpeedModelId): string {
  switch (id) {
    case 'playground':
      return t('speed.model.playground');
    case 'cnn':
      return t('speed.model.cnn');
    case 'transformer':
      return t('speed.model.transformer');
    default:
      return t('speed.model.sweep', { width: speedModel(id).width ?? 0 });
  }
}
