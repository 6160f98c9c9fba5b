/**
 * A board named by the programme it steers carries that programme's capitalised name inside its
 * topic: "Ban Chỉ đạo triển khai Đề án 06 tỉnh …", "Ban Chỉ đạo Chương trình mục tiêu quốc gia …",
 * "Ban Chỉ đạo thực hiện Nghị quyết 19 huyện …". The words that open such a name; a number or a
 * word in lower case follows them.
 */
export const TOPIC_PROGRAMME_WORDS: readonly string[] = ['đề án', 'dự án', 'chương trình', 'nghị quyết', 'chỉ thị', 'kế hoạch', 'cuộc vận động', 'phong trào'];

/**
 * Words after which a topic may go on in title case: "Ban Chỉ đạo quốc gia về Phòng, chống thiên
 * tai" is printed with its subject capitalised as a name.
 */
export const TITLED_TOPIC_LEADS: readonly string[] = ['về'];
