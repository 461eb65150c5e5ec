/** 简体中文：功能词典（工作表、运行时、lab），随功能一起懒加载（src/i18n/index.ts 的 loadFeatureMessages）。 */
import type { Dictionary } from '../dictionary';
import type { enFeatures } from '../en/features';
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

export const zhFeatures: Dictionary<typeof enFeatures> = {
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
