/**
 * The toolbar badge's text: how many of the dataset's entities the page names, nothing before
 * any is found. A large page is read as it is shown (src/content/shown-parts.ts): while parts of
 * it are unread the count can only grow, and says so with a "+" ("12+"). Past 99, "99+" (the
 * badge has room for about four characters).
 */
export function badgeText(count: number, more: boolean): string {
  if (count <= 0) return "";
  if (count > 99) return "99+";
  return more ? `${count}+` : String(count);
}
