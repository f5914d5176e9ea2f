// 信息报送 — the small rich-text editor of reports. No inline script anywhere: the content security policy forbids it.
// The textarea stays the form's field (and what works without script); the editable area writes into it before the
// form is sent. The server cleans whatever HTML arrives to its safe subset.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-editor]').forEach((editor) => {
    const toolbar = editor.querySelector('.editor-toolbar');
    const area = editor.querySelector('.editor-area');
    const field = editor.querySelector('textarea');
    if (!toolbar || !area || !field || typeof document.execCommand !== 'function') {
      return;
    }
    area.innerHTML = field.value;
    toolbar.hidden = false;
    area.hidden = false;
    field.hidden = true;
    try {
      document.execCommand('styleWithCSS', false, false); // <b>, <i>, not style attributes the policy would drop
      document.execCommand('defaultParagraphSeparator', false, 'p');
    } catch (ignored) {
      // older browsers: the defaults do
    }
    const sync = () => { field.value = area.innerHTML; };
    area.addEventListener('input', sync);
    area.addEventListener('blur', sync);
    toolbar.querySelectorAll('button[data-command]').forEach((button) => {
      button.addEventListener('mousedown', (event) => event.preventDefault()); // keep the selection in the area
      button.addEventListener('click', () => {
        area.focus();
        const command = button.dataset.command;
        if (command === 'createLink') {
          const url = window.prompt(button.dataset.prompt || 'https://', 'https://');
          if (url && /^(https?:|mailto:)/i.test(url.trim())) {
            document.execCommand('createLink', false, url.trim());
          }
        } else if (command === 'formatBlock') {
          document.execCommand('formatBlock', false, button.dataset.value);
        } else {
          document.execCommand(command, false, null);
        }
        sync();
      });
    });
    const form = editor.closest('form');
    if (form) {
      form.addEventListener('submit', sync);
      form.addEventListener('formdata', sync);
    }
  });
  // A select that picks the duty period a new report answers decides its kind and subject: hide those fields then.
  document.querySelectorAll('select[data-answers]').forEach((select) => {
    const adHoc = document.querySelectorAll('[data-ad-hoc]');
    const toggle = () => adHoc.forEach((el) => { el.hidden = select.value !== ''; });
    select.addEventListener('change', toggle);
    toggle();
  });
  // The duty form: days allowed for a recurring duty, a due day for a one-off.
  document.querySelectorAll('select[data-frequency]').forEach((select) => {
    const form = select.closest('form');
    const toggle = () => {
      const once = select.value === 'ONCE';
      form.querySelectorAll('[data-recurring]').forEach((el) => { el.hidden = once; });
      form.querySelectorAll('[data-once]').forEach((el) => { el.hidden = !once; });
    };
    select.addEventListener('change', toggle);
    toggle();
  });
});
