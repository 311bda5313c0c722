import type { ComponentChildren } from "preact";
import { localePath } from "../lib/http.js";
import { languageName, locales } from "../lib/i18n/index.js";
import { chosenLocalePath } from "../lib/locale-routing.js";
import type { PageContext } from "./context.js";

interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string;
  jsonLd?: object;
  children: ComponentChildren;
}

export function Layout({ ctx, title, description, jsonLd, children }: LayoutProps) {
  const { t, locale } = ctx;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t("site.name")}`}</title>
        {description && <meta name="description" content={description} />}
        <link rel="stylesheet" href={ctx.assets.css} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {locales.map((l) => (
          <link key={l} rel="alternate" hrefLang={l} href={localePath(l, ctx.path)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={ctx.path} />
        <script type="module" src={ctx.assets.js} />
        {jsonLd && (
          <script
            type="application/ld+json"
            // JSON-LD is data, not script; "<" is escaped so it cannot close the tag.
            dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
          />
        )}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("layout.skip")}
        </a>
        <header class="site-header">
          <div class="wrap header-top">
            <a class="brand" href={ctx.url("/")}>
              {t("site.name")}
            </a>
            <SearchBox ctx={ctx} />
            <MenuToggle ctx={ctx} />
          </div>
          <div id="site-menu" class="site-menu">
            <div class="wrap header-row">
              <nav aria-label={t("layout.nav")}>
                <ul class="nav-list">
                  {ctx.nav.map((item) => {
                    const current = ctx.path === item.path || ctx.path.startsWith(`${item.path}/`);
                    return (
                      <li key={item.key}>
                        <a href={ctx.url(item.path)} aria-current={current ? "page" : undefined}>
                          {t(item.key)}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </nav>
              <AccountLinks ctx={ctx} />
              <LanguageSwitcher ctx={ctx} />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <h2 class="visually-hidden">{t("layout.footer")}</h2>
            <ul class="footer-links">
              <li>
                <a href={ctx.url("/api/docs")}>{t("layout.footer.api")}</a>
              </li>
              <li>
                <a href="https://www.geonames.org/">{t("layout.footer.geonames")}</a>
              </li>
              <li>{t("layout.footer.license")}</li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

/**
 * Under 40em the menu is folded behind this toggle. Without JavaScript it is a link to the menu,
 * which CSS shows while it is the page's target; the script swaps in the button, with aria-expanded.
 */
function MenuToggle({ ctx }: { ctx: PageContext }) {
  return (
    <>
      <a class="menu-toggle menu-link" href="#site-menu">
        {ctx.t("layout.menu")}
      </a>
      <button
        type="button"
        class="menu-toggle menu-button"
        aria-expanded="false"
        aria-controls="site-menu"
        hidden
      >
        {ctx.t("layout.menu")}
      </button>
    </>
  );
}

function LanguageSwitcher({ ctx }: { ctx: PageContext }) {
  return (
    <nav aria-label={ctx.t("layout.language")}>
      <ul class="lang-list">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={chosenLocalePath(l, ctx.path)}
              lang={l}
              hrefLang={l}
              aria-current={l === ctx.locale ? "true" : undefined}
            >
              {ctx.t(languageName(l))}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The site search, a plain GET form: it works without JavaScript. */
function SearchBox({ ctx }: { ctx: PageContext }) {
  return (
    <search class="header-search">
      <form method="get" action={ctx.url("/search")}>
        <label for="header-q" class="visually-hidden">
          {ctx.t("layout.search")}
        </label>
        <input id="header-q" type="search" name="q" maxLength={200} autoComplete="off" />
        <button type="submit">{ctx.t("layout.searchButton")}</button>
      </form>
    </search>
  );
}

function AccountLinks({ ctx }: { ctx: PageContext }) {
  const { t, user } = ctx;
  if (!user) {
    return (
      <ul class="account-links">
        <li>
          <a href={ctx.url("/signin")}>{t("layout.signIn")}</a>
        </li>
        <li>
          <a href={ctx.url("/signup")}>{t("layout.signUp")}</a>
        </li>
      </ul>
    );
  }
  return (
    <ul class="account-links">
      {user.isAdmin && (
        <li>
          <a href={ctx.url("/admin")}>{t("layout.admin")}</a>
        </li>
      )}
      <li>
        <a href={ctx.url("/account")}>{t("layout.myAccount")}</a>
      </li>
      <li>
        <form method="post" action={ctx.url("/signout")} class="inline-form">
          <input type="hidden" name="_csrf" value={ctx.csrf()} />
          <button type="submit" class="link-button">
            {t("layout.signOut")}
          </button>
        </form>
      </li>
    </ul>
  );
}
