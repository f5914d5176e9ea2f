// Counterpart's small page behaviour. No inline scripts anywhere: the content security policy forbids them.
document.addEventListener('DOMContentLoaded', () => {
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
