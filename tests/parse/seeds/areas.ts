import type { Area } from '../../../src/model/record.js';

/** Areas as the gazetteer (GSO codes, pre-2025 structure) names them. */
export const HA_NOI: Area = { province: 'Hà Nội', provinceCode: '01', district: null, districtCode: null, ward: null, wardCode: null };
export const THANH_XUAN: Area = { ...HA_NOI, district: 'Thanh Xuân', districtCode: '009' };
export const HAI_BA_TRUNG: Area = { ...HA_NOI, district: 'Hai Bà Trưng', districtCode: '007' };
export const HOA_MINH: Area = { province: 'Đà Nẵng', provinceCode: '48', district: 'Liên Chiểu', districtCode: '490', ward: 'Hòa Minh', wardCode: '20200' };
