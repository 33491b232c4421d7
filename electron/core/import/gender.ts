import { GENDER_LABELS, type Gender } from '../../../shared/domain/registry';
import { choiceIndex } from './values';

/** Gender cells as lists write them: Nam / Nữ, Ông / Bà, Nam giới / Nữ giới (folded, so any case or accents). */
export const GENDER_CHOICES = choiceIndex<Gender>(GENDER_LABELS, {
  Ông: 'male',
  Bà: 'female',
  'Nam giới': 'male',
  'Nữ giới': 'female',
});
