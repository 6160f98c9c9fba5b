/** Recipient lists (docs/domain.md §8.4). Matched on folded text of a list item. */

/** "Kính gửi:" opens the addressees of a công văn; "Nơi nhận:" the distribution list. */
export const KINH_GUI = /^(?:[-–•]\s*)?kinh gui\s*:?/;
export const NOI_NHAN = /^(?:[-–•]\s*)?noi nhan\s*:?/;

/** Items that are not recipients: the archive copy. */
export const ARCHIVE_ITEM = /^luu\b/;

/** Items that point back to the Kính gửi list. */
export const SAME_AS_ADDRESSEES = /^nhu (?:kinh gui|tren)\b/;
