/** Lower case without Vietnamese diacritics, đ as d: the page's own matching ("lien chieu" = "Liên Chiểu"). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
