/** Words for every import and share-link problem (one message per kind, exhaustively). */
import { t } from '../i18n';
import { assertNever } from '../result';
import type { ShareProblem } from './io/share';

export function problemMessage(problem: ShareProblem | { kind: 'readFailed' }): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('worksheet.problem.tooLarge', { size: problem.size, max: problem.max });
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
      return problem.version === null ? t('worksheet.problem.noVersion') : t('worksheet.problem.unsupportedVersion', { version: problem.version });
    case 'invalid':
      return t('worksheet.problem.invalid', { issues: problem.issues.join('; ') });
    case 'unknownLinkVersion':
      return problem.version === null ? t('worksheet.problem.noLinkVersion') : t('worksheet.problem.unknownLinkVersion', { version: problem.version });
    case 'linkTooLong':
      return t('worksheet.problem.linkTooLong', { length: problem.length, max: problem.max });
    case 'corruptLink':
      return t('worksheet.problem.corruptLink');
    case 'linkExpandsTooFar':
      return t('worksheet.problem.linkExpandsTooFar', { max: problem.max });
    case 'checkFailed':
      return t('worksheet.problem.checkFailed');
    case 'readFailed':
      return t('worksheet.problem.readFailed');
    default:
      return assertNever(problem);
  }
}
