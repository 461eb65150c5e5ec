/**
 * The exercises, the progress views and the visit note
 * (exercises/CourseProgress.tsx), with their words: one loader shared by the
 * course index and the lesson page, so the first load carries its list of
 * files once.
 */
import { withFeatureMessages } from '../i18n';

export const loadProgress = () => withFeatureMessages(import('../exercises/CourseProgress'));
