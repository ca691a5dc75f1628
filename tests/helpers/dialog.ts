/**
 * happy-dom implements <dialog> minimally: give it the showModal/close that Modal uses, so
 * component tests can open and close dialogs. Call once per test file (in beforeAll).
 */
export function supportDialogs() {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
  if (typeof proto.close !== 'function') {
    proto.close = function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  }
}
