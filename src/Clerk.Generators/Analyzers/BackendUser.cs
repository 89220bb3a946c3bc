using Clerk.Generators.Emitting;

namespace Clerk.Generators.Analyzers
{
    /// <summary>What the privacy rule (CLERK016) and its code fix know about Clerk's Backend API user.</summary>
    internal static class BackendUser
    {
        // Matched by name, so the analyzer neither references Clerk.Runtime nor breaks when it is absent.
        public const string MetadataName = RuntimeNames.Recognised.BackendUser;

        /// <summary>Members a projection never copies: the data the rule exists to keep on the server.</summary>
        public static readonly string[] NeverProjected = { "PrivateMetadata", "UnsafeMetadata" };

        /// <summary>What the code fix projects when the handler reads nothing of the user: what a profile badge shows.</summary>
        public static readonly string[] DefaultFields = { "Id", "FirstName", "LastName", "ImageUrl" };
    }
}
