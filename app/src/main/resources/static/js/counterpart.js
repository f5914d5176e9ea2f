// Counterpart's small page behaviour. No inline scripts anywhere: the content security policy forbids them.
document.addEventListener('DOMContentLoaded', () => {
  // A select whose options are addresses (the plan year) goes there when chosen.
  document.querySelectorAll('select[data-navigate]').forEach((select) => {
    select.addEventListener('change', () => { window.location.assign(select.value); });
  });
  // "/" jumps to the page's search field, as in most office tools; not while typing somewhere else.
  document.addEventListener('keydown', (event) => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
    const search = document.querySelector('input[type=search]');
    if (event.key === '/' && !typing && search) {
      event.preventDefault();
      search.focus();
    }
  });
  // Filter forms marked data-autosubmit apply a choice at once, as the list filters do.
  document.querySelectorAll('form[data-autosubmit]').forEach((form) => {
    form.querySelectorAll('select').forEach((select) => {
      select.addEventListener('change', () => { form.requestSubmit(); });
    });
  });
  // Forms that change a lot at once ask first, in the page's language (the text is in data-confirm).
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
  // Forms that htmx posts carry the CSRF token from the page's meta-free hidden field automatically; nothing to do.
  document.body.addEventListener('htmx:responseError', (event) => {
    const target = document.getElementById('flash');
    if (target) {
      target.textContent = event.detail.xhr.status === 403
        ? target.dataset.forbidden
        : target.dataset.failed;
      target.hidden = false;
    }
  });
});
