/** Every English dictionary in one object: the source of the keys every other language must have. */
import { app } from './app';
import { content } from './content';
import { lab } from './lab';
import { offline } from './offline';
import { runtime } from './runtime';
import { storage } from './storage';
import { worksheet } from './worksheet';
import { worksheetDefinitions, worksheetEconomics } from './worksheetEconomics';
import { worksheetFormulas } from './worksheetFormulas';
import { worksheetMoney } from './worksheetMoney';
import { worksheetTools } from './worksheetTools';

export const en = {
  ...app,
  ...content,
  ...lab,
  ...worksheet,
  ...worksheetEconomics,
  ...worksheetDefinitions,
  ...worksheetTools,
  ...worksheetMoney,
  ...worksheetFormulas,
  ...runtime,
  ...offline,
  ...storage,
};
