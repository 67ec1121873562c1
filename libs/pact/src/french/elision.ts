/**
 * French elision of « de » before a name: « Formulaire d’Alice », « d’Hélène », « d’Yves », but « de Bob »,
 * « de Yann », « de Hollande ». Before a vowel the e drops; before an h it drops too (the h of a first name is mute
 * in nearly every case), except for the aspirated h of the few words listed; a y elides when a consonant follows it
 * (Yves, Yvette), not when a vowel does (Yann, Yasmine: the y is then a consonant).
 */
const VOWEL = /^[aeiouàâæéèêëîïôœùûü]/i;
const Y_THEN_CONSONANT = /^y[^aeiouàâæéèêëîïôœùûü]/i;
/** Words whose h is aspirated: no elision before them. */
const ASPIRATED_H = /^(?:haut|hau[st]\b|hollande|hongrie|honduras|hamel|hameau|halle|hache|harfleur|hérisson)/i;

/** Whether « de », « le », « la » elide before this word (« d’ », « l’ »). */
export function elidesBefore(word: string): boolean {
  const w = word.trimStart();
  if (VOWEL.test(w) || Y_THEN_CONSONANT.test(w)) return true;
  return /^h/i.test(w) && !ASPIRATED_H.test(w);
}

/** « de » and a name, elided when the name asks for it: « d’Alice », « de Bob ». */
export function ofName(name: string): string {
  const n = name.trim();
  return elidesBefore(n) ? `d’${n}` : `de ${n}`;
}
