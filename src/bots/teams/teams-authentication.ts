/**
 * Bot Framework authentication from our config, and the CloudAdapter built on it.
 *
 * With an app id, incoming requests need a valid Bot Framework JWT and outgoing calls carry a token. Without
 * one, botbuilder runs in local mode: no inbound check, and outgoing calls go to the activity's serviceUrl
 * without a token. That is what makes tests against a local fake Bot Connector possible, and why the log says
 * so loudly: local mode must never face the internet.
 */
import { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import { Config } from '../../config';
import { Logger } from '../../shared/logger';

type ConnectorFactoryOf<T extends { createConnectorFactory(...args: never[]): unknown }> = ReturnType<T['createConnectorFactory']>;

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(policy: { name: string }): unknown; getOrderedPolicies(): { name: string }[] } };
}

/** The retry policy @azure/core-rest-pipeline adds to every ConnectorClient. */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

/**
 * Same as botbuilder's ConfigurationBotFrameworkAuthentication, but every ConnectorClient it makes has the
 * SDK's retry policy removed, so outbound-policy.ts is the only place that retries (bounded, Retry-After capped).
 * Clients come from two factories: createConnectorFactory() (proactive turns) and the one authenticateRequest()
 * builds for an incoming turn; both are wrapped. (Only the first was, at first: a reply in a turn then slept out
 * a 30 s Retry-After inside the SDK while Teams waited for our answer.)
 * The pipeline is a private field of the SDK's client; when a future version moves it, we log once and carry on
 * with the SDK's retries (slower failures, nothing breaks).
 */
export class OogstBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private warned = false;

  constructor(options: ConfigurationBotFrameworkAuthenticationOptions, private readonly log: Logger) {
    super(options);
  }

  override createConnectorFactory(...args: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>): ConnectorFactoryOf<ConfigurationBotFrameworkAuthentication> {
    return this.withoutSdkRetries(super.createConnectorFactory(...args));
  }

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory ? { ...result, connectorFactory: this.withoutSdkRetries(result.connectorFactory) } : result;
  }

  private withoutSdkRetries(factory: ConnectorFactoryOf<ConfigurationBotFrameworkAuthentication>): ConnectorFactoryOf<ConfigurationBotFrameworkAuthentication> {
    const create = factory.create.bind(factory);
    factory.create = async (serviceUrl, audience) => {
      const client = await create(serviceUrl, audience);
      this.removeSdkRetries(client as unknown as PipelineOwner);
      return client;
    };
    return factory;
  }

  private removeSdkRetries(client: PipelineOwner): void {
    const pipeline = client.client?.pipeline;
    if (pipeline && pipeline.getOrderedPolicies().some((p) => p.name === SDK_RETRY_POLICY)) {
      pipeline.removePolicy({ name: SDK_RETRY_POLICY });
      return;
    }
    if (!this.warned) {
      this.warned = true;
      this.log.warn({ policy: SDK_RETRY_POLICY }, 'teams: could not switch off the SDK retry policy; outbound calls may retry twice');
    }
  }
}

/**
 * CloudAdapter.process() would do the HTTP part itself, but it answers every failure with the error's message
 * in the body and console.error()s it. We validate the request first (messages.endpoint.ts) and call the
 * protected processActivity(), which authenticates (throwing an AuthenticationError with statusCode 401) and
 * runs the turn, returning the invoke response.
 */
export class OogstCloudAdapter extends CloudAdapter {
  handleActivity(authHeader: string, activity: Activity, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export type TeamsAuthMode = 'local' | 'authenticated';

export function teamsAuthMode(config: Config): TeamsAuthMode {
  return config.MicrosoftAppId ? 'authenticated' : 'local';
}

export function createTeamsAdapter(config: Config, log: Logger): OogstCloudAdapter {
  const mode = teamsAuthMode(config);
  const options: ConfigurationBotFrameworkAuthenticationOptions = mode === 'authenticated'
    ? {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      }
    : {};
  if (mode === 'local') {
    log.warn(
      { mode, endpoint: '/api/messages' },
      'teams: LOCAL MODE, MicrosoftAppId is not set: incoming requests are NOT authenticated and replies go to any serviceUrl. Only for development and tests; set MicrosoftAppId/MicrosoftAppPassword before exposing this endpoint.',
    );
  } else {
    log.info({ mode, appType: config.MicrosoftAppType }, 'teams: Bot Framework authentication on');
  }
  return new OogstCloudAdapter(new OogstBotFrameworkAuthentication(options, log));
}
