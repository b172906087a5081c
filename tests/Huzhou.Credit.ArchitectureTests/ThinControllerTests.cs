using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.ArchitectureTests;

/// <summary>
/// Issue #25 §2: controllers bind, authorise, call one feature and choose a view; queries and commands live in the
/// module's <c>Features/</c> classes. So no controller — of a module or of the host — takes a DbContext, in its
/// constructor or as an action parameter (<c>[FromServices]</c>).
/// </summary>
public sealed class ThinControllerTests
{
    [Fact]
    public void No_controller_takes_a_DbContext()
    {
        var controllers = PlatformAssemblies.Modules.Append(PlatformAssemblies.Web)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && typeof(ControllerBase).IsAssignableFrom(t))
            .ToList();
        Assert.True(controllers.Count > 30, $"only {controllers.Count} controllers found: the test would pass vacuously");

        var offenders = new List<string>();
        foreach (var controller in controllers)
        {
            foreach (var constructor in controller.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            {
                offenders.AddRange(constructor.GetParameters().Where(p => typeof(DbContext).IsAssignableFrom(p.ParameterType))
                    .Select(p => $"{controller.FullName}: constructor takes {p.ParameterType.Name}"));
            }

            foreach (var action in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                offenders.AddRange(action.GetParameters().Where(p => typeof(DbContext).IsAssignableFrom(p.ParameterType))
                    .Select(p => $"{controller.FullName}.{action.Name}: takes {p.ParameterType.Name}"));
            }
        }

        Assert.True(offenders.Count == 0, "Controllers that take a DbContext (move the query or command into a Features/ class):" +
            Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }
}
