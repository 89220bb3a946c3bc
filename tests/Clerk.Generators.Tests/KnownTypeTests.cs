using Clerk.Generators.Parsing;
using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>The parser knows framework types by full metadata name: namespace, name and generic arity all count.</summary>
public sealed class KnownTypeTests
{
    private static readonly Compilation Compilation = new TestProject().With("Lookalikes.cs", """
        namespace System.Threading.Tasks.Lookalike { public class Task { } }
        namespace Shop { public class Holder { public class Task { } } }
        namespace Threading.Tasks { public class Task { } }
        public class Task { }
        """).Compile();

    private static INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName);

    [Fact]
    public void The_framework_type_matches()
    {
        Assert.True(new KnownType("System.Threading.Tasks.Task").Matches(Type("System.Threading.Tasks.Task")));
        Assert.True(new KnownType("System.Threading.Tasks.Task`1").Matches(Type("System.Threading.Tasks.Task`1")));
        Assert.True(new KnownType("Task").Matches(Type("Task")));
    }

    [Theory]
    [InlineData("System.Threading.Tasks.Lookalike.Task")]
    [InlineData("Shop.Holder+Task")]
    [InlineData("Threading.Tasks.Task")]
    [InlineData("Task")]
    [InlineData("System.Threading.Tasks.Task`1")]
    public void A_type_of_the_same_name_elsewhere_or_another_arity_does_not(string other)
    {
        Assert.False(new KnownType("System.Threading.Tasks.Task").Matches(Type(other)));
    }

    [Fact]
    public void A_constructed_generic_is_compared_by_its_definition()
    {
        var taskOfInt = Type("System.Threading.Tasks.Task`1").Construct(Compilation.GetSpecialType(SpecialType.System_Int32));

        Assert.True(KnownTypes.Is(taskOfInt, KnownTypes.Shared.TaskOfT));
        Assert.False(KnownTypes.Is(taskOfInt, KnownTypes.Shared.Task));
        Assert.False(KnownTypes.Is(null, KnownTypes.Shared.Task));
    }
}
