// Small progressive enhancements. Every page works without this file.

// Move focus to the error summary so keyboard and screen-reader users hear what went wrong.
const summary = document.querySelector<HTMLElement>("[data-autofocus]");
summary?.focus();

// Forms that change something important ask once before sending.
for (const form of document.querySelectorAll<HTMLFormElement>("form[data-confirm]")) {
  form.addEventListener("submit", (event) => {
    if (!window.confirm(form.dataset.confirm ?? "")) event.preventDefault();
  });
}

// Selects marked data-autosubmit send their form on change (filters); a button remains for no-JS.
for (const select of document.querySelectorAll<HTMLSelectElement>("select[data-autosubmit]")) {
  select.addEventListener("change", () => select.form?.requestSubmit());
}
