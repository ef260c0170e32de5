import type { ExitRate } from './file-views'

/** "脱困率50%（1/2户），目标20%，已达标": the exit rate against the policy's target, as the staff home shows it. */
export function exitRateText(rate: ExitRate): string {
  const target = rate.targetPercent === null ? '政策未设目标' : `目标${rate.targetPercent}%${rate.percent >= rate.targetPercent ? '，已达标' : '，未达标'}`
  return `脱困率${rate.percent}%（${rate.exits}/${rate.files}户），${target}`
}
