/** Words for every import and share-link problem (one message per kind, exhaustively). */
import { t } from '../i18n';
import { assertNever } from '../result';
import type { ShareProblem } from './io/share';
import { MAX_IMPORT_BYTES } from './io/safeJson';

export function problemMessage(problem: ShareProblem | { kind: 'readFailed' }): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('worksheet.problem.tooLarge', { size: problem.size, max: MAX_IMPORT_BYTES });
    case 'empty':
      return t('worksheet.problem.empty');
    case 'notJson':
      return t('worksheet.problem.notJson', { detail: problem.detail.slice(0, 120) });
    case 'tooDeep':
      return t('worksheet.problem.tooDeep');
    case 'arrayTooLong':
      return t('worksheet.problem.arrayTooLong');
    case 'forbiddenKey':
      return t('worksheet.problem.forbiddenKey', { key: problem.key });
    case 'wrongFormat':
      return t('worksheet.problem.wrongFormat');
    case 'unsupportedVersion':
      return t('worksheet.problem.unsupportedVersion', { version: problem.version });
    case 'invalid':
      return t('worksheet.problem.invalid', { issues: problem.issues.join('; ') });
    case 'unknownLinkVersion':
      return t('worksheet.problem.unknownLinkVersion');
    case 'linkTooLong':
      return t('worksheet.problem.linkTooLong');
    case 'corruptLink':
      return t('worksheet.problem.corruptLink');
    case 'readFailed':
      return t('worksheet.problem.readFailed');
    default:
      return assertNever(problem);
  }
}
