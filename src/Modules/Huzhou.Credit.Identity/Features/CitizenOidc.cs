using System.Security.Claims;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Identity.Features;

/// <summary>The OpenID Connect scheme for citizens and its wiring onto the citizen cookie.</summary>
internal static class CitizenOidc
{
    public const string Scheme = "CitizenOidc";

    public const string CallbackPath = "/citizen/signin-oidc";

    public static void Add(AuthenticationBuilder authentication, CitizenOidcOptions settings)
    {
        if (!settings.Enabled)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, settings.DisplayName, o =>
        {
            o.SignInScheme = CitizenAccountDefaults.Scheme;
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.ResponseType = "code";
            // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax.
            o.ResponseMode = "query";
            o.UsePkce = true;
            o.CallbackPath = CallbackPath;
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.Scope.Clear();
            o.Scope.Add("openid");
            foreach (var scope in settings.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                o.Scope.Add(scope);
            }

            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnTokenValidated = async context =>
            {
                var principal = context.Principal!;
                var accounts = context.HttpContext.RequestServices.GetRequiredService<CitizenAccounts>();
                var issuer = principal.FindFirstValue("iss") ?? settings.Authority!;
                var result = await accounts.SignInExternalAsync(
                    issuer,
                    principal.FindFirstValue("sub"),
                    principal.FindFirstValue(settings.IdNumberClaim),
                    principal.FindFirstValue(settings.NameClaim),
                    context.HttpContext.RequestAborted);
                if (result.Succeeded)
                {
                    context.Principal = result.Value;
                }
                else
                {
                    context.Fail(new CitizenSignInRefused(result.Error!));
                }
            };
            o.Events.OnRemoteFailure = context =>
            {
                // Never another exception's text on the page (it can carry the provider's answer); our own refusal's reason is
                // passed as its code, which the login page turns back into the message.
                var reason = context.Failure is CitizenSignInRefused refused ? SignInNotices.CitizenErrorCode(refused.Message) : SignInNotices.CitizenPlatformFailed;
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CitizenOidc))
                    .LogWarning("Citizen OpenID Connect sign-in failed: {Error}", context.Failure?.GetType().Name);
                context.Response.Redirect("/citizen/login?error=" + reason);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }
}
