/**
 * Abbreviations of the words of a department's name, written in full to build its key: "Phòng
 * Nông nghiệp và PTNT" and "Phòng Nông nghiệp và Phát triển nông thôn" are one body, one node. Only
 * the key changes; the name and the surface keep what the text printed (docs/domain.md §5).
 * Matched as whole words, letter case aside.
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'PTNT': 'phát triển nông thôn',
  'NN&PTNT': 'nông nghiệp và phát triển nông thôn',
  'NN-PTNT': 'nông nghiệp và phát triển nông thôn',
  'GD&ĐT': 'giáo dục và đào tạo',
  'GDĐT': 'giáo dục và đào tạo',
  'TN&MT': 'tài nguyên và môi trường',
  'TNMT': 'tài nguyên và môi trường',
  'LĐ-TB&XH': 'lao động - thương binh và xã hội',
  'LĐTBXH': 'lao động - thương binh và xã hội',
  'KH&ĐT': 'kế hoạch và đầu tư',
  'KH&CN': 'khoa học và công nghệ',
  'TT&TT': 'thông tin và truyền thông',
  'VH-TT&DL': 'văn hóa, thể thao và du lịch',
  'VH&TT': 'văn hóa và thông tin',
  'GTVT': 'giao thông vận tải',
  'KT&HT': 'kinh tế và hạ tầng',
  'TC-KH': 'tài chính - kế hoạch',
};
