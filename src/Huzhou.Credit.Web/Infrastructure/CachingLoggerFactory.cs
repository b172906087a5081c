using System.Collections.Concurrent;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// One logger per category, as Microsoft's own <c>LoggerFactory</c> keeps them. Serilog's factory (registered by
/// <c>UseSerilog</c>) builds a new Serilog logger (a <c>ForContext</c> copy and a property cache) on every
/// <see cref="ILoggerFactory.CreateLogger"/>, and the framework asks for one on every request where a service is
/// created per request — each authentication handler, for instance. On the check API that was two loggers per call
/// (an allocation trace in docs/benchmarks.md, sixth pass); with this wrapper a category's logger is made once.
/// </summary>
internal sealed class CachingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, inner.CreateLogger);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    /// <summary>Wraps the <see cref="ILoggerFactory"/> registered last (Serilog's) in a <see cref="CachingLoggerFactory"/>.</summary>
    public static void Wrap(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory))
            ?? throw new InvalidOperationException("No ILoggerFactory is registered to wrap.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new CachingLoggerFactory(registered switch
        {
            { ImplementationInstance: ILoggerFactory instance } => instance,
            { ImplementationFactory: { } factory } => (ILoggerFactory)factory(sp),
            { ImplementationType: { } type } => (ILoggerFactory)ActivatorUtilities.CreateInstance(sp, type),
            _ => throw new InvalidOperationException("The registered ILoggerFactory cannot be wrapped."),
        })));
    }
}
