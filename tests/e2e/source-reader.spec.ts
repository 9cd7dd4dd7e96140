import { axeBuilder } from './helpers/axe';
import { expect, test } from './fixtures.ts';
import { readSeedCorpus, statementRows } from './helpers/seed.ts';

const seed = readSeedCorpus();
const document = seed.documents[0]!;
const event = seed.events[0]!;
const slice = ([start, end]: readonly [number, number]) => document.text.slice(start, end);

test.describe('the source reader on the seed corpus', () => {
  test('opens the selected statement highlighted in its document, with the provenance', async ({ page }) => {
    await page.goto('/');
    const target = seed.statements[4]!;
    await statementRows(page).nth(4).getByRole('button', { name: 'Read in source' }).click();
    await expect(page).toHaveURL(new RegExp(`statement=${target.id}`));
    const reader = page.getByRole('region', { name: 'Source', exact: true });
    const mark = reader.locator('mark[data-statement-mark]');
    await expect(mark).toHaveCount(1);
    expect(await mark.textContent()).toBe(target.text);
    await expect(mark).toBeInViewport();
    await expect(mark).toBeFocused();

    const provenance = reader.getByRole('region', { name: 'Source document' });
    await expect(provenance.getByTestId('provenance-publisher')).toHaveText('SCO Secretariat');
    await expect(provenance.getByTestId('provenance-published')).toHaveText('18 August 2020');
    const link = provenance.getByRole('link');
    await expect(link).toHaveAttribute('href', 'http://eng.sectsco.org/20200818/669839.html');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(provenance).not.toContainText('Title');

    const selected = reader.getByRole('region', { name: 'Selected statement' });
    await expect(selected).toContainText('as reported by the SCO Secretariat');
    await expect(selected.locator('.statement-text__body')).toHaveText(target.text);
    expect(await selected.locator('.statement-text__body').textContent()).not.toMatch(/^[“"]|[”"]$/);
  });

  test('shows which facts came from where, and highlights them', async ({ page }) => {
    await page.goto(`/?statement=${seed.statements[0]!.id}`);
    const reader = page.getByRole('region', { name: 'Source', exact: true });
    const facts = reader.getByRole('region', { name: 'Where the event’s facts come from' });

    const date = facts.getByRole('listitem').filter({ hasText: 'Date:' });
    await expect(date).toContainText('17 August 2020');
    const inferred = date.getByRole('button', { name: 'inferred' });
    await inferred.focus();
    await expect(reader.getByRole('tooltip')).toHaveText(event.startDate.reason!);
    await date.getByRole('button', { name: `“${slice(event.startDate.span)}”` }).click();
    await expect(reader.locator('mark[data-fact-mark]')).toHaveText([slice(event.startDate.span)]);
    await expect(reader.locator('mark[data-fact-mark]')).toBeInViewport();

    // The seven countries were read from one sentence: it is quoted whole, and each name is highlighted.
    const participants = facts.getByRole('listitem').filter({ hasText: 'Participating countries:' });
    await expect(participants).toHaveCount(1);
    await expect(participants).toContainText('China, Russia, Israel');
    await participants.getByRole('button', { name: /^“Taking part in the event were 34 representatives .*Japan\.”$/ }).click();
    await expect(reader.locator('mark[data-fact-mark]')).toHaveText(event.participatingCountries.map((c) => slice(c.span)));

    const format = facts.getByRole('listitem').filter({ hasText: 'Format:' });
    await expect(format).toContainText('Online');
    await expect(format.getByRole('button', { name: 'inferred' })).toHaveAccessibleDescription(event.format!.reason!);
  });

  test('a deep link to the last statement scrolls it into view, and reload keeps it', async ({ page }) => {
    const last = seed.statements.at(-1)!;
    await page.goto(`/?statement=${last.id}`);
    const mark = page.getByRole('region', { name: 'Source', exact: true }).locator('mark[data-statement-mark]');
    await expect(mark).toBeInViewport();
    expect(await mark.textContent()).toBe(last.text);
    await expect(page.locator('[role="listitem"][aria-current="true"]')).toHaveAttribute('data-statement-id', last.id);
    await page.reload();
    await expect(mark).toBeInViewport();
  });

  test('an unknown statement in the URL gets a friendly message, not a crash', async ({ page }) => {
    await page.goto('/?statement=not-a-statement:1-2');
    const reader = page.getByRole('region', { name: 'Source', exact: true });
    await expect(reader.getByText('This statement is not in the corpus.')).toBeVisible();
    await reader.getByRole('button', { name: 'Close the source reader' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('status').filter({ hasText: /of \d+ statements/ })).toHaveText('10 of 10 statements');
  });

  test('closing: Escape inside the reader, and back restores it', async ({ page }) => {
    await page.goto('/');
    const read = statementRows(page).nth(1).getByRole('button', { name: 'Read in source' });
    await read.click();
    const reader = page.getByRole('region', { name: 'Source', exact: true });
    await expect(reader).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reader).toHaveCount(0);
    await expect(read).toBeFocused();
    await page.goBack();
    await expect(reader.locator('mark[data-statement-mark]')).toHaveText(seed.statements[1]!.text);
  });

  test('axe finds no violations with the reader open', async ({ page }) => {
    await page.goto(`/?q=terror&statement=${seed.statements[4]!.id}`);
    await expect(page.getByRole('region', { name: 'Source', exact: true }).locator('mark[data-statement-mark]')).toBeVisible();
    const results = await axeBuilder(page).include('.panel--reader').include('.panel--statements').analyze();
    expect(results.violations).toEqual([]);
  });
});
