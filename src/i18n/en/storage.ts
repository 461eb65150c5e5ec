/** UI text about saved work: damaged or newer saved data, two tabs, work kept aside. Keys are prefixed `storage.`. */
export const storage = {
  // Why a saved item could not be used (shown with the item in the kept-aside list).
  'storage.problem.stateNotObject': 'the saved state is not an object',
  'storage.problem.unknownPart': '“{name}” is not something this app saves',
  'storage.problem.notAList': '“{name}” is not a list of items',
  'storage.problem.badKey': '“{key}” is not a valid name here',
  'storage.problem.badEntry': 'the saved item is not in the expected form',
  'storage.problem.notJson': 'it is not readable JSON ({detail})',
  'storage.problem.notObject': 'it is not an object of saved work (null, a list, a number or a text)',
  'storage.problem.noVersion': 'it does not say which format version it uses',
  'storage.problem.unknownOldVersion': 'it uses format version {version}, which this app never wrote',
  'storage.problem.valuesNotRecord': 'the settings are not a list of named values',
  'storage.problem.noValidValue': 'none of the saved setting values is valid',
  'storage.problem.valuesLeftOut': 'setting values left out: {names}',
  'storage.problem.specsNotList': 'the declared settings are not a list',
  'storage.problem.noValidSpec': 'no declared setting is valid: {problems}',
  'storage.problem.specsLeftOut': 'settings left out: {problems}',
  'storage.problem.scenarioNotObject': 'the saved scenario is not an object',
  'storage.problem.scenarioRepaired': 'some values were wrong and were reset to the default’s: {issues}',
  'storage.problem.badView': 'the saved view (active or compared scenarios) is not valid',
  'storage.aside.otherTabLost': 'Another tab’s version: this tab’s newer edit was saved in its place.',
  'storage.aside.thisTabLost': 'This tab’s version: another tab’s newer edit was saved in its place.',
} as const;
