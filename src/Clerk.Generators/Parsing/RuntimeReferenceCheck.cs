using Clerk.Generators.Emitting;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Whether the project references Clerk.Runtime, which the generated code calls: answered again only when a
    /// declaration, a reference or an option changed since the last answer (<see cref="DeclarationFingerprint"/>).
    /// </summary>
    /// <remarks>
    /// The lookup searches every referenced assembly (hundreds in a web project) and runs on every new compilation,
    /// which in an IDE is every keystroke; the fingerprint is computed for the route files anyway.
    /// </remarks>
    internal sealed class RuntimeReferenceCheck
    {
        private volatile Answer? last;

        public bool IsReferenced(Compilation compilation)
        {
            var fingerprint = DeclarationFingerprint.For(compilation);
            if (last is { } answer && answer.Fingerprint.Matches(fingerprint))
            {
                return answer.Referenced;
            }
            var referenced = compilation.GetTypeByMetadataName(RuntimeNames.Recognised.RuntimeMarker) is not null;
            last = new Answer(fingerprint, referenced);
            return referenced;
        }

        private sealed class Answer
        {
            public Answer(DeclarationFingerprint fingerprint, bool referenced)
            {
                Fingerprint = fingerprint;
                Referenced = referenced;
            }

            public DeclarationFingerprint Fingerprint { get; }

            public bool Referenced { get; }
        }
    }
}
