/** Masking for lists and notices: enough to recognise, never enough to reuse. */

export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length)
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`
}

export function maskMobile(mobile: string): string {
  if (mobile.length !== 11) return '*'.repeat(mobile.length)
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`
}

export function maskBankCard(card: string): string {
  if (card.length <= 4) return '*'.repeat(card.length)
  return `**** ${card.slice(-4)}`
}

/** 张三 → 张*, 欧阳小明 → 欧***. */
export function maskName(name: string): string {
  const chars = Array.from(name)
  if (chars.length <= 1) return name
  return chars[0] + '*'.repeat(chars.length - 1)
}
