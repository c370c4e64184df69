import { clickWhenSeen, expect, inlineFrame, openReplica, test, tip } from './fixtures';

// A check reads the field's own input: on the overseas forms the mobile number's row starts with the
// country-code select (+852 香港), which is not the number (issue 22: "A mobile number contains digits
// only. Remove the letters." on load). That no field shows a finding before anything is typed is
// checked on every replica page by every-replica.spec.ts.

test.afterEach(async ({ pageErrors, foreignRequests }) => {
  expect(pageErrors, 'the page throws no errors').toEqual([]);
  expect(foreignRequests, 'no request leaves for another host').toEqual([]);
});

for (const { name, field } of [
  { name: 'register.entity/overseas/legacy', field: 'admin-mobile' },
  { name: 'register.entity/overseas/current', field: 'admin-mobile' },
  { name: 'verify.documents/overseas/legacy', field: 'contact-mobile' },
]) {
  test(`${name}: the ${field} check reads the number box and the code chosen beside it`, async ({ page }) => {
    await openReplica(page, name);
    await expect(page.locator(':root')).toHaveAttribute('data-mpg-page', /./, { timeout: 10_000 });
    const host = tip(page, field);
    // Nothing typed, field visited and left: still nothing to say.
    const box = page.locator(`:is(.frm_control_group, .weui-desktop-form__control-group):has([data-mpg-field="${field}"]) input[type=text]`).first();
    await box.click(); // as a user does: the tip's frame opens for a field the user engaged
    await box.blur();
    await expect(host).not.toHaveAttribute('data-mpg-status', /error|warn|info/);
    // The code typed again in the number: the tip names the code the row shows (+852), not the letters of "香港".
    await box.pressSequentially('85291234567');
    await box.blur();
    await expect(host).toHaveAttribute('data-mpg-codes', 'admin-mobile.country-code');
    await expect(host).toContainText('+852');
    await expect(host).not.toContainText('Remove the letters');
    await expect(host).not.toContainText('administrator');
    await expect(host, 'no fact ids in user text').not.toContainText(/\bF\d{2}\b/);
    // Fill puts in the number without the code.
    // (in the tip's extension frame: Fill runs only from the extension's own UI, issue 19)
    await clickWhenSeen(inlineFrame(page, field).getByRole('button', { name: 'Fill in the suggested value' }));
    await expect(box).toHaveValue('91234567');
    await expect(host).not.toHaveAttribute('data-mpg-status', /error|warn/);
  });
}
