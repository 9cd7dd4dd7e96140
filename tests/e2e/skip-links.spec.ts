import { expect, test } from './fixtures.ts';

test('skip links take the keyboard to each panel and the date fields in a few presses', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('count-statements')).toHaveText('10');

  await page.keyboard.press('Tab');
  const first = page.getByRole('link', { name: 'Skip to the statements' });
  await expect(first).toBeFocused();
  // Hidden until focused, then on screen.
  const box = await first.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the participant map' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to themes over time' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the date fields' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'From' })).toBeFocused();

  // The map's skip link lands on the panel; the next Tab is inside it.
  await page.goto('/');
  await expect(page.getByTestId('count-statements')).toHaveText('10');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Participant map' })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('participant-map');

  await page.goto('/');
  await expect(page.getByTestId('count-statements')).toHaveText('10');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#statements')).toBeFocused();

  // The views below the list have theirs too, after the date fields.
  for (const [presses, name, region] of [
    [5, 'Skip to the events', 'Events'],
    [6, 'Skip to speakers side by side', 'Speakers side by side'],
    [7, 'Skip to who took part together', 'Who took part together'],
    [8, 'Skip to themes by country', 'Themes by country'],
  ] as const) {
    await page.goto('/');
    await expect(page.getByTestId('count-statements')).toHaveText('10');
    for (let i = 0; i < presses; i += 1) await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: region, exact: true })).toBeFocused();
  }
});
