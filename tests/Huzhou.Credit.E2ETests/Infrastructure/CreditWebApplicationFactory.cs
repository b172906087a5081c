using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Huzhou.Credit.E2ETests.Infrastructure;

/// <summary>
/// The real application, configured for a test run. The fixture switches it to Kestrel: a browser needs a
/// socket, which the in-memory TestServer does not offer.
/// </summary>
internal sealed class CreditWebApplicationFactory(string appConnectionString, string ownerConnectionString, string logDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        // The app runs as its own role; migrations run as the owner (docs/adr/0013).
        builder.UseSetting("ConnectionStrings:Credit", appConnectionString);
        builder.UseSetting("ConnectionStrings:CreditOwner", ownerConnectionString);
        // The schema comes from the app's own start-up migration, as in development.
        builder.UseSetting("Database:MigrateOnStart", "true");
        // Jobs never run behind a test's back; a test that needs one invokes it directly.
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Logging:Directory", logDirectory);
        // Every browser of the run comes from 127.0.0.1: the per-address sign-in limits are the integration tests' matter.
        builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "100000");
        builder.UseSetting("SignIn:AddressFailuresBeforeDelay", "100000");
        builder.UseSetting("SignIn:RegistrationsPerAddressPerHour", "100000");
    }
}
