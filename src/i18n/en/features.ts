/**
 * The English feature dictionaries (worksheet, runtime, lab): their own chunk,
 * loaded by `loadFeatureMessages` (src/i18n/index.ts) with the features.
 */
import { exercises } from './exercises';
import { handin } from './handin';
import { lab } from './lab';
import { offlineBackup } from './offlineBackup';
import { runtime } from './runtime';
import { runtimeHelp } from './runtimeHelp';
import { runHistory } from './runHistory';
import { shareRun } from './shareRun';
import { speed } from './speed';
import { worksheet } from './worksheet';
import { worksheetDefinitions, worksheetEconomics } from './worksheetEconomics';
import { worksheetFormulas } from './worksheetFormulas';
import { worksheetMoney } from './worksheetMoney';
import { worksheetTools } from './worksheetTools';

export const enFeatures = {
  ...lab,
  ...exercises,
  ...handin,
  ...offlineBackup,
  ...worksheet,
  ...worksheetEconomics,
  ...worksheetDefinitions,
  ...worksheetTools,
  ...worksheetMoney,
  ...worksheetFormulas,
  ...runtime,
  ...runtimeHelp,
  ...runHistory,
  ...shareRun,
  ...speed,
};
