/**
 * Words a folded clause must hold for a folded pattern of vocabulary/assignment.ts to match it: the task
 * reader skips the pattern on a document whose fold holds none of them (most documents), without cutting
 * and testing each clause. Each list is a necessary condition of its pattern, read off the pattern's own
 * alternatives: tests/parse/assignment-keys.test.ts checks every alternative against it, so a pattern
 * given a word the list misses fails that test rather than going unread.
 */

/** CONDITIONAL_LIABILITY: "xã nào để phát sinh … thì …". */
export const CONDITIONAL_LIABILITY_KEYS: readonly string[] = ['nao de '];

/** REPORTED_SPEECH: each of its speech verbs. */
export const REPORTED_SPEECH_KEYS: readonly string[] = ['cho biet', 'chia se', 'trao doi voi phong vien', 'nhan manh', 'khang dinh', 'phat bieu', 'bay to', 'luu y'];

/** WHOLE_TARGET: "toàn Hội …", "toàn tỉnh …". */
export const WHOLE_TARGET_KEYS: readonly string[] = ['toan '];
