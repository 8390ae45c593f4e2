/** Renders and publishes one person's App Home; used on app_home_opened and after they answer from it. */
import { Locale } from '../../../domain/i18n';
import { PlatformDeps } from '../../shared/platform-deps';
import { WebClient } from '../slack-web-client';
import { homeViewModel } from './app-home.presenter';
import { appHomeView } from './app-home.view';

export async function publishHome(deps: PlatformDeps, client: WebClient, teamId: string, userId: string, locale: Locale): Promise<void> {
  const view = appHomeView(await homeViewModel(deps, teamId, userId, locale));
  await client.views.publish({ user_id: userId, view: view as never });
}
