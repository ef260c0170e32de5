/**
 * 职工编号 (file number), assigned by the system when a file is created:
 * `<6-digit region code of the grassroots union>-<year>-<5-digit sequence>`,
 * e.g. `130306-2026-00001`. The sequence counts per region and year, from a
 * counter document updated with a version check in the filing transaction,
 * so two filings can never take the same number.
 */

export const FILE_NUMBER = /^[1-9]\d{5}-\d{4}-\d{5}$/

export function fileNumberCounterId(regionCode: string, year: string): string {
  return `fileNumber:${regionCode}:${year}`
}

export function formatFileNumber(regionCode: string, year: string, sequence: number): string {
  return `${regionCode}-${year}-${String(sequence).padStart(5, '0')}`
}
