/** Browser build: Taro's pages scroll inside their own element, so let the browser find the scroller. */
export function scrollToFirstError(scope: string): void {
  setTimeout(() => document.querySelector(`${scope} .error-text`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }), 50)
}
