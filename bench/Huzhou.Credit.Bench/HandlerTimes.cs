using System.Collections.Concurrent;
using System.Diagnostics;
using Huzhou.Credit.SharedKernel.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Bench;

/// <summary>How long each outbox handler ran (summed over messages): the subscriptions wrapped with a stopwatch.</summary>
internal static class HandlerTimes
{
    private static readonly ConcurrentDictionary<string, (double Seconds, int Calls)> Times = new(StringComparer.Ordinal);

    /// <summary>Replaces every registered subscription by one that times its handler.</summary>
    public static void Wrap(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i].ServiceType == typeof(IntegrationEventSubscription) && services[i].ImplementationInstance is IntegrationEventSubscription s)
            {
                var name = $"{s.HandlerType.Name} ({s.EventClrType.Name})";
                services[i] = ServiceDescriptor.Singleton(s with
                {
                    Invoke = async (sp, message, token) =>
                    {
                        var start = Stopwatch.GetTimestamp();
                        try
                        {
                            await s.Invoke(sp, message, token);
                        }
                        finally
                        {
                            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                            Times.AddOrUpdate(name, (seconds, 1), (_, t) => (t.Seconds + seconds, t.Calls + 1));
                        }
                    },
                });
            }
        }
    }

    public static void Reset() => Times.Clear();

    public static IEnumerable<string> Describe() =>
        Times.OrderByDescending(t => t.Value.Seconds).Select(t => $"{t.Key}: {t.Value.Seconds:0.0} s over {t.Value.Calls} messages");
}
