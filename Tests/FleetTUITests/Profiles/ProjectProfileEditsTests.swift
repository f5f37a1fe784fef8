import FleetModel
import Testing
@testable import FleetTUI

@Suite struct ProfileEditsTests {
    @Test func renameFollowsOnlyTheRenamedProfilesClusters() {
        var project = cleanProject()
        project.profiles.append(ClusterProfile(name: "batch"))
        project.topology.clusters[0].profile = "batch"
        let renamed = project.renameProfile("general", to: "std")
        #expect(renamed)
        #expect(project.topology.clusters.map(\.profile) == ["batch", "std", "std"])
        let missing = project.renameProfile("nothing", to: "x")
        #expect(!missing)
    }

    @Test func namesMustBeLabelsAndUnique() {
        let project = cleanProject()
        #expect(project.profileNameProblem("ok-name") == nil)
        #expect(project.profileNameProblem("general") == "a profile named \"general\" already exists")
        #expect(project.profileNameProblem("general", except: "general") == nil)
        #expect(project.profileNameProblem("") != nil)
        #expect(project.profileNameProblem("UPPER") != nil)
    }

    @Test func duplicateAndDelete() {
        var project = cleanProject()
        let copied = project.duplicateProfile("general", as: "copy")
        #expect(copied == 1)
        let notCopied = project.duplicateProfile("none", as: "x")
        #expect(notCopied == nil)
        #expect(project.clusters(usingProfile: "general") == ["dev", "prod", "mgmt"])
        #expect(project.clusters(usingProfile: "copy") == [])
        let deleted = project.deleteProfile("general")
        let deletedAgain = project.deleteProfile("general")
        #expect(deleted && !deletedAgain)
        #expect(project.profiles.map(\.name) == ["copy"])
    }
}
