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

// Search and filter forms leave their empty fields out of the address: "?country=JP", not
// "?network=&country=JP&region=&kind=". Shorter links to share, and one address per result.
for (const form of document.querySelectorAll<HTMLFormElement>('form[method="get"]')) {
  form.addEventListener("formdata", (event) => {
    for (const [name, value] of [...event.formData.entries()]) {
      if (value === "") event.formData.delete(name);
    }
  });
}

// A table wider than the screen scrolls in its box. The box then takes keyboard focus, named by the
// table's caption, so that keyboard users can scroll it too; it stays out of the way otherwise.
function focusableWhileScrolling(box: HTMLElement) {
  if (box.scrollWidth > box.clientWidth) {
    box.tabIndex = 0;
    const caption = box.querySelector("caption")?.textContent;
    if (caption) {
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", caption);
    }
  } else {
    for (const name of ["tabindex", "role", "aria-label"]) box.removeAttribute(name);
  }
}
const resized = new ResizeObserver((entries) => {
  for (const entry of entries) focusableWhileScrolling(entry.target as HTMLElement);
});
for (const box of document.querySelectorAll<HTMLElement>(".table-scroll")) {
  focusableWhileScrolling(box);
  resized.observe(box);
}

// Under 40em the header's menu is folded: without this script a link shows it (CSS :target); here
// a button with aria-expanded takes the link's place. Escape folds it again and returns to the button.
const menu = document.getElementById("site-menu");
const menuButton = document.querySelector<HTMLButtonElement>(".menu-button");
const menuLink = document.querySelector<HTMLElement>(".menu-link");
if (menu && menuButton && menuLink) {
  const setOpen = (open: boolean) => {
    menu.classList.toggle("open", open);
    menuButton.setAttribute("aria-expanded", String(open));
  };
  if (menu.matches(":target")) {
    setOpen(true);
    history.replaceState(null, "", location.pathname + location.search);
  }
  menuLink.hidden = true;
  menuButton.hidden = false;
  menuButton.addEventListener("click", () => setOpen(!menu.classList.contains("open")));
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.classList.contains("open")) {
      setOpen(false);
      menuButton.focus();
    }
  });
}

// A list page's search and filters are folded on a phone, so that the results come first; on a wide
// screen, where they are a sidebar, they start open.
if (window.matchMedia("(min-width: 60em)").matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>("details[data-open-wide]")) {
    details.open = true;
  }
}

// The directory's section filter offers every network's sections, grouped by network, each as
// "network/section" (the server reads that too, without this script). Here, choosing a network
// narrows the sections to its own, choosing a section chooses its network, and the address says
// "network=uccn&section=music" rather than "section=uccn/music".
for (const sections of document.querySelectorAll<HTMLSelectElement>("select[data-sections-of]")) {
  const form = sections.form;
  const network = form?.elements.namedItem(sections.dataset.sectionsOf ?? "");
  if (!form || !(network instanceof HTMLSelectElement)) continue;
  const narrow = () => {
    for (const group of sections.querySelectorAll<HTMLOptGroupElement>("optgroup")) {
      const other = network.value !== "" && group.dataset.group !== network.value;
      group.hidden = other;
      group.disabled = other;
    }
    if (sections.selectedOptions[0]?.disabled) sections.value = "";
  };
  network.addEventListener("change", narrow);
  sections.addEventListener("change", () => {
    const group = sections.selectedOptions[0]?.closest("optgroup")?.dataset.group;
    if (group) network.value = group;
    narrow();
  });
  form.addEventListener("formdata", (event) => {
    const [of, section] = String(event.formData.get(sections.name) ?? "").split("/", 2);
    if (section && event.formData.get(network.name) === of) event.formData.set(sections.name, section);
  });
  narrow();
}
