/** Locators shared by the search browser tests. */
import type { Page } from '@playwright/test';

/** A facet group by its title: a fieldset (year, month) or a disclosure (agency, people, places). */
export function facetGroup(page: Page, title: string) {
  return page
    .locator('#search-facet-lists > *')
    .filter({ has: page.locator(':scope > summary, :scope > legend').filter({ hasText: new RegExp(`^${title}$`) }) });
}
