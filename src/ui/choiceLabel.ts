/**
 * The display text for a stored choice value. Lists keep their English choice values (filters,
 * URLs and SharePoint's own forms use them); only what readers see is translated. A value with no
 * label (a fill-in choice, or one an admin added) is shown as stored.
 */
export function choiceLabel<T extends string>(labels: Readonly<Record<T, string>>, value: string): string {
  return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value as T] : value;
}
