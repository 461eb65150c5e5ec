/** Words for every way a hand-in file can fail to read (one message per kind: the table's type holds every kind). */
import { t, type MessageKey } from '../i18n';
import type { FileProblem } from './parse';

const MESSAGES: Readonly<Record<FileProblem['kind'], MessageKey>> = {
  notJsonFile: 'handin.problem.notJsonFile',
  readFailed: 'worksheet.problem.readFailed',
  tooLarge: 'worksheet.problem.tooLarge',
  empty: 'worksheet.problem.empty',
  notJson: 'worksheet.problem.notJson',
  tooDeep: 'handin.problem.tooDeep',
  arrayTooLong: 'worksheet.problem.arrayTooLong',
  forbiddenKey: 'worksheet.problem.forbiddenKey',
  wrongFormat: 'handin.problem.wrongFormat',
  unsupportedVersion: 'worksheet.problem.unsupportedVersion',
  invalid: 'worksheet.problem.invalid',
};

/** The reason, as a clause that follows "“file” was not read: " (the problem's fields fill the message's placeholders). */
export function handinProblemMessage(problem: FileProblem): string {
  switch (problem.kind) {
    case 'wrongFormat':
      return t(problem.backup ? 'handin.problem.backup' : MESSAGES.wrongFormat);
    case 'unsupportedVersion':
      return problem.version === null ? t('worksheet.problem.noVersion') : t(MESSAGES.unsupportedVersion, { version: problem.version });
    case 'invalid':
      return t(MESSAGES.invalid, { issues: problem.issues.join('; ') });
    case 'notJson':
      return t(MESSAGES.notJson, { detail: problem.detail.slice(0, 120) });
    default:
      return t(MESSAGES[problem.kind], problem);
  }
}
