/** In-app notices. The inbox shows `title`; `kind` drives icons and later routing. */
export const NOTICE_KINDS = {
  employeeBound: '新职工绑定',
} as const
export type NoticeKind = keyof typeof NOTICE_KINDS

export type NoticeView = {
  id: string
  kind: NoticeKind
  title: string
  body: string
  createdAt: string
  read: boolean
}
