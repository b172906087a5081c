using Huzhou.Credit.Web.Composition;
using Serilog;

// Logging before the host exists, so start-up failures are written too.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    // `migrate` and `seed` are one-shot commands used by build.sh, the Docker image and operators. They connect as the
    // owner role (ConnectionStrings:CreditOwner) when one is configured; serving never does (docs/adr/0013).
    var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCreditPlatform(CreditModules.All, asOwner: command is "migrate" or "seed");
    var app = builder.Build();

    switch (command)
    {
        case "migrate":
            await app.MigrateAsync();
            return 0;
        case "seed":
            await app.MigrateAsync();
            await app.SeedDemoCityAsync(builder.Configuration["scale"]);
            return 0;
        case null:
            break;
        default:
            await Console.Error.WriteLineAsync($"Unknown command '{command}'. Use: migrate | seed [--scale demo|full|N] | (nothing) to serve.");
            return 2;
    }

    await app.UseCreditPlatformAsync();
    await app.RunAsync();
    return 0;
}
catch (Huzhou.Credit.Web.Infrastructure.StartupRefusedException ex)
{
    Log.Fatal("Huzhou.Credit refuses to start: {Reason}", ex.Message);
    // A test host (WebApplicationFactory) runs this entry point on a thread of its own and learns of the refusal from
    // the exception; a real start ends with exit code 1 and the line above, without a stack trace.
    if (System.Reflection.Assembly.GetEntryAssembly() != typeof(Program).Assembly)
    {
        throw;
    }

    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Huzhou.Credit stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
