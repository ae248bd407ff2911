// Who is checking in, as the server sees it (never as the client says). Workspace
// accounts give their email through Session; consumer accounts often give "" to an
// add-on, so such a person picks their name from People once and the choice is kept in
// their own user properties.
const CHOSEN_EMAIL_PROPERTY = 'okrSheets.chosenEmail';

/**
 * The active user's email, or '' when the account does not share it or the call is
 * refused (a scope not granted): the person then picks their name instead.
 */
export function sessionEmail(): string {
  try {
    const email = Session.getActiveUser().getEmail();
    return typeof email === 'string' ? email.trim() : '';
  } catch (_error) {
    return '';
  }
}

/** The email this person picked from People earlier, or ''. */
export function chosenEmail(): string {
  return PropertiesService.getUserProperties().getProperty(CHOSEN_EMAIL_PROPERTY) ?? '';
}

export function rememberChosenEmail(email: string): void {
  PropertiesService.getUserProperties().setProperty(CHOSEN_EMAIL_PROPERTY, email);
}
